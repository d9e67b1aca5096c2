namespace Roundtable.Server.Practice.Materials;

/// <summary>The upload is not a material we accept: unknown or disguised content, a damaged file, a decompression bomb.</summary>
public class UnsupportedMaterialException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
