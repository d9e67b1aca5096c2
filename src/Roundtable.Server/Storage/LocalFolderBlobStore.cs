using System.Text.RegularExpressions;

namespace Roundtable.Server.Storage;

/// <summary>Blobs as files under <c>{DataFolder}/blobs</c>; keys are our own generated paths, checked to stay inside it.</summary>
public sealed partial class LocalFolderBlobStore(string root) : IBlobStore
{
    private const string PartialSuffix = ".partial";

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved, so a crash never leaves a half-written file under the key.
        var temporary = path + PartialSuffix;
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path);
        // A write that failed before its move leaves only the aside copy.
        File.Delete(path + PartialSuffix);
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        SafeKey().IsMatch(key) ? Path.Combine(root, key) : throw new ArgumentException($"'{key}' is not a blob key.", nameof(key));

    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*$")]
    private static partial Regex SafeKey();
}
