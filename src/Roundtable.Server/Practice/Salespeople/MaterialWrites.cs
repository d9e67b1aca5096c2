using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Practice.Salespeople;

/// <summary>
/// What storing one upload has written outside the database transaction — blobs and search index
/// entries — so a create that fails can remove them (see <see cref="MaterialIntake.DiscardAsync"/>).
/// </summary>
public sealed class MaterialWrites
{
    public List<string> BlobKeys { get; } = [];

    public List<StoredDocument> IndexedDocuments { get; } = [];
}
