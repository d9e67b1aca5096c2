using Microsoft.Extensions.AI;
using OpenAI;

namespace Roundtable.Server.Knowledge;

/// <summary>
/// Vector retrieval is switched on by configuring an embeddings model (<c>Knowledge:Embeddings:Model</c>,
/// e.g. text-embedding-3-small) and a key (<c>Knowledge:Embeddings:ApiKey</c> or OPENAI_API_KEY); an
/// OpenAI-compatible <c>Knowledge:Embeddings:BaseUrl</c> may replace api.openai.com.
/// </summary>
public static class KnowledgeEmbeddings
{
    public static IHostApplicationBuilder AddKnowledgeEmbeddings(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Knowledge:Embeddings");
        var model = section["Model"];
        var key = section["ApiKey"] ?? builder.Configuration["OPENAI_API_KEY"];
        if (string.IsNullOrWhiteSpace(model) || string.IsNullOrWhiteSpace(key))
        {
            return builder;
        }

        var clientOptions = new OpenAIClientOptions();
        if (section["BaseUrl"] is { Length: > 0 } baseUrl)
        {
            clientOptions.Endpoint = new Uri(baseUrl);
        }

        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ =>
            new OpenAIClient(new System.ClientModel.ApiKeyCredential(key), clientOptions).GetEmbeddingClient(model).AsIEmbeddingGenerator());
        return builder;
    }
}
