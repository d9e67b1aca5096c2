using Roundtable.Server.Practice.Materials;

namespace Roundtable.Server.Practice.Salespeople;

/// <summary>A file of the upload request, read and typed, not yet stored.</summary>
public sealed record UploadedMaterial(string FileName, ReadOnlyMemory<byte> Content, ExtractedMaterial Extracted);
