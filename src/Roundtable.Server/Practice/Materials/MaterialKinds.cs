namespace Roundtable.Server.Practice.Materials;

/// <summary>What an uploaded material is, as told by its content rather than its file name.</summary>
public static class MaterialKinds
{
    public const string Pdf = "pdf";
    public const string Docx = "docx";
    public const string Pptx = "pptx";
    public const string Text = "text";
    public const string Markdown = "markdown";
    public const string Image = "image";
}
