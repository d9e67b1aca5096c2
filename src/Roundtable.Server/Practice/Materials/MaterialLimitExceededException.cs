namespace Roundtable.Server.Practice.Materials;

/// <summary>The upload is beyond one of the <see cref="MaterialLimits"/>; the API answers 413 with the reason, which names the setting.</summary>
public class MaterialLimitExceededException(string reason, string setting) : UnsupportedMaterialException(reason)
{
    /// <summary>The configuration key of the limit, e.g. <c>Practice:Materials:MaxPdfPages</c>.</summary>
    public string Setting { get; } = setting;
}
