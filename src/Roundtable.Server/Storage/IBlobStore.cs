namespace Roundtable.Server.Storage;

/// <summary>Where uploaded files (and, later, meeting audio) are kept: a local folder by default.</summary>
public interface IBlobStore
{
    Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when the key is unknown.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the blob; an unknown key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
