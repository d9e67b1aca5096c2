namespace Roundtable.Server.Practice.Materials;

/// <summary>The upload is larger than <see cref="MaterialLimits.MaxFileBytes"/>; the API answers 413.</summary>
public sealed class MaterialTooLargeException(long size, long limit)
    : MaterialLimitExceededException($"The file has {size} bytes; at most {limit} bytes are accepted.", MaterialLimits.SettingOf(nameof(MaterialLimits.MaxFileBytes)))
{
    public long Size { get; } = size;

    public long Limit { get; } = limit;
}
