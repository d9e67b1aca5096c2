using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>What a representative said, who produced it, and the materials it drew on.</summary>
public sealed record RepresentativeReply(string Text, MessageProducer Producer, IReadOnlyList<KnowledgeSnippet> Citations);
