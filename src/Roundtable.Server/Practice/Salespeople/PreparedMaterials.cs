using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Practice.Salespeople;

/// <summary>
/// An upload made ready before any database write (see <see cref="MaterialIntake.PrepareAsync"/>): the
/// originals already in the blob store, their rows and knowledge documents not yet added to a context.
/// A create that fails hands it to <see cref="MaterialIntake.DiscardAsync"/>, which removes the blobs.
/// </summary>
public sealed class PreparedMaterials
{
    /// <summary>Each noted before its write, so a write that fails half-way is removed too.</summary>
    public List<string> BlobKeys { get; } = [];

    public List<SalespersonMaterial> Materials { get; } = [];

    public List<PreparedDocument> Documents { get; } = [];
}
