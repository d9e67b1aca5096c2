using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Roundtable.Server.Practice.Materials;

internal static class OfficeSettings
{
    /// <summary>Caps each XML part so a part that inflates to a huge document is refused by the SDK itself.</summary>
    public static OpenSettings Open(int maxCharacters) => new()
    {
        AutoSave = false,
        // The XML of a part is much longer than its text: allow markup around the characters kept.
        MaxCharactersInPart = Math.Max(maxCharacters, 1) * 20L,
    };

    public static bool IsDamage(Exception e) =>
        e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException;
}
