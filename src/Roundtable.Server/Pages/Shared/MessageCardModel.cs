using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Shared;

/// <summary>
/// One message as the live widget and the archive render it. <see cref="Template"/> renders the same
/// markup empty, as the <c>&lt;template&gt;</c> the widget's script fills for live messages.
/// </summary>
public sealed record MessageCardModel(
    long Id,
    string AgentName,
    string AgentColor,
    string Content,
    int MessageNumber,
    DateTimeOffset? Timestamp,
    string Provider,
    string Model,
    bool IsOffline)
{
    public static MessageCardModel Template { get; } = new(0, "", AgentPalette.Neutral, "", 0, null, "", "", false);

    public bool IsTemplate => Id == 0;

    public string Initials => AgentPalette.InitialsOf(AgentName);

    /// <summary>A CSS custom property; the colour is checked to be a plain hex colour first.</summary>
    public string ColorStyle => $"--agent-color: {AgentPalette.Safe(AgentColor)}";

    public IReadOnlyList<string> Paragraphs => Content
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static MessageCardModel From(ConversationMessage message)
    {
        var view = ShowcaseMessageView.From(message);
        return new MessageCardModel(view.Id, view.AgentName, view.AgentColor, view.Content, view.MessageNumber, view.Timestamp,
            view.Provider, view.Model, view.IsOffline);
    }
}
