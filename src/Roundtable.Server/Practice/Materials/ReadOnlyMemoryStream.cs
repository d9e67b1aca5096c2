using System.Runtime.InteropServices;

namespace Roundtable.Server.Practice.Materials;

internal static class ReadOnlyMemoryStream
{
    /// <summary>A read-only stream over the bytes, without copying them when they live in an array.</summary>
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
