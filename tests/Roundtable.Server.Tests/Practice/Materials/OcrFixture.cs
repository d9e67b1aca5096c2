using System.Runtime.CompilerServices;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>A PNG with the line "Roundtable quarterly review", rendered once by a browser and committed beside this file.</summary>
internal static class OcrFixture
{
    public const string Text = "Roundtable quarterly review";

    public static string Path { get; } = Locate();

    private static string Locate([CallerFilePath] string source = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(source)!, "Fixtures", "ocr-sample.png");
}
