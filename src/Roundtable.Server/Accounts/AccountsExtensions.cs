using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;

namespace Roundtable.Server.Accounts;

/// <summary>Applications and their API keys: the <c>ApiKey</c> scheme and the <c>Application</c> policy used by /v1.</summary>
public static class AccountsExtensions
{
    public const string ApplicationPolicy = "Application";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddSingleton<VerifiedKeys>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApplicationPolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireClaim(ApplicationClaims.ApplicationId));
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer<ApiKeySecuritySchemeTransformer>());
        return builder;
    }
}
