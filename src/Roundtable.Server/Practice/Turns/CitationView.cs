namespace Roundtable.Server.Practice.Turns;

/// <summary>A material excerpt a representative's reply drew on.</summary>
public sealed record CitationView(string MaterialId, string FileName, string Excerpt);
