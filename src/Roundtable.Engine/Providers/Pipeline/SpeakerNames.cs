using System.Text;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Speaker names in two forms: OpenAI's message <c>name</c> field only accepts letters, digits,
/// '_' and '-', so "SEO AI Specialist" travels as "SEO_AI_Specialist" and is shown with spaces.
/// </summary>
public static class SpeakerNames
{
    public static string ToWireName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_');
        }

        var wire = builder.ToString();
        return wire.Length <= 64 ? wire : wire[..64];
    }

    public static string Display(string wireName) => wireName.Replace('_', ' ');
}
