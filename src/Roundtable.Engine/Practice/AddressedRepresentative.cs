namespace Roundtable.Engine.Practice;

/// <summary>A representative the salesperson spoke to directly, where in the line, and how ("by name", "as CFO").</summary>
internal sealed record AddressedRepresentative(Representative Representative, int Index, string How);
