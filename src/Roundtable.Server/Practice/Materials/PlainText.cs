using System.Text;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Decodes bytes as text only when they are valid UTF-8 without NUL or other binary control characters.</summary>
public static class PlainText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return text.Any(IsBinaryControl) ? null : text;
    }

    private static bool IsBinaryControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f');
}
