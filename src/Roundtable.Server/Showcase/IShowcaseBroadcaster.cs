namespace Roundtable.Server.Showcase;

/// <summary>Sends a business's live events to everyone watching it.</summary>
public interface IShowcaseBroadcaster
{
    Task StateChangedAsync(ShowcaseState state, CancellationToken cancellationToken);

    Task MessagePublishedAsync(int businessId, ShowcaseMessageView message, CancellationToken cancellationToken);
}
