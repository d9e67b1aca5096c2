namespace Roundtable.Server.Assistant;

/// <summary>Checks the body of POST /v1/conversations (metadata is checked by <see cref="Require.Metadata"/>).</summary>
public static class ConversationRequestValidation
{
    public static Dictionary<string, string[]> Validate(CreateConversationRequest request, ConversationConfigRequest config, AssistantChatClients clients)
    {
        var errors = new Dictionary<string, string[]>();
        Require.Optional(errors, "user_id", request.UserId, AssistantLimits.MaxUserIdLength);
        Require.Optional(errors, "config.model", config.Model, AssistantLimits.MaxModelLength);
        if (config.Provider is { } provider && !clients.IsKnownProvider(provider))
        {
            errors["config.provider"] = [$"There is no provider '{provider}'."];
        }

        Require.Range(errors, "config.temperature", config.Temperature, 0f, 2f);
        Require.Range(errors, "config.max_tokens", config.MaxTokens, 1, AssistantLimits.MaxOutputTokens);
        Require.Range(errors, "config.timeout_seconds", config.TimeoutSeconds, 1, AssistantLimits.MaxTimeoutSeconds);
        Require.Range(errors, "config.context_window_tokens", config.ContextWindowTokens, AssistantLimits.MinContextWindowTokens, AssistantLimits.MaxContextWindowTokens);
        Require.Range(errors, "config.prompt_version", config.PromptVersion, 1, int.MaxValue);
        if (config.PromptVariables is { } variables
            && (variables.Count > AssistantLimits.MaxPromptVariables || variables.Any(v => v.Key.Length > 100 || (v.Value?.Length ?? 0) > AssistantLimits.MaxPromptVariableLength)))
        {
            errors["config.prompt_variables"] = [$"At most {AssistantLimits.MaxPromptVariables} variables of at most {AssistantLimits.MaxPromptVariableLength} characters."];
        }

        if (config.MaxTokens is { } maxTokens && maxTokens >= (config.ContextWindowTokens ?? int.MaxValue))
        {
            errors["config.max_tokens"] = ["'max_tokens' must leave room in 'context_window_tokens' for the prompt."];
        }

        return errors;
    }
}
