namespace Roundtable.Server.Assistant;

/// <summary>The documented size limits of the Assistant API; larger input is refused with 400.</summary>
public static class AssistantLimits
{
    public const int MaxMessageLength = 16_000;
    public const int MaxDocumentLength = 200_000;
    public const int MaxTitleLength = 300;
    public const int MaxCategoryLength = 100;
    public const int MaxMetadataBytes = 4_096;
    public const int MaxUserIdLength = 200;
    public const int MaxModelLength = 100;
    public const int MaxQueryLength = 1_000;
    public const int MaxTopK = 20;
    public const int MaxPromptLength = 20_000;
    public const int MaxPromptDescriptionLength = 500;
    public const int MaxPromptVariables = 50;
    public const int MaxPromptVariableLength = 2_000;
    public const int MaxMessagesPage = 200;
    public const int MinContextWindowTokens = 256;
    public const int MaxContextWindowTokens = 200_000;
    public const int MaxOutputTokens = 16_384;
    public const int MaxTimeoutSeconds = 600;
    public const int MaxRequestBytes = 1_048_576;
}
