using System.Text;
using Roundtable.Engine.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>The system message of a turn: the rendered template, the running summary and, with RAG, the sources.</summary>
public static class SystemPrompt
{
    public static string Compose(string renderedTemplate, string? summary, IReadOnlyList<KnowledgeHit> sources)
    {
        var text = new StringBuilder(renderedTemplate.TrimEnd());
        if (!string.IsNullOrWhiteSpace(summary))
        {
            text.AppendLine().AppendLine().AppendLine("Summary of the earlier conversation:").Append(summary.Trim());
        }

        if (sources.Count > 0)
        {
            text.AppendLine().AppendLine().AppendLine("Sources (answer from these and cite their titles):");
            foreach (var source in sources)
            {
                text.Append("- [").Append(source.Chunk.Title).Append("] ").AppendLine(source.Chunk.Text.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
