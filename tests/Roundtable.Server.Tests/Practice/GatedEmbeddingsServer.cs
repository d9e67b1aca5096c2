using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// An OpenAI embeddings endpoint (<c>POST /v1/embeddings</c>) on loopback Kestrel that holds every
/// request until the test calls <see cref="Release"/>, so a test can look at the server under test
/// while it waits for embeddings. Answers in the wire format the request asks for (float or base64).
/// </summary>
internal sealed class GatedEmbeddingsServer : IAsyncDisposable
{
    public const string Model = "loopback-embeddings";
    public const string ApiKey = "loopback-embeddings-key";

    private readonly WebApplication app;
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatedEmbeddingsServer()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/embeddings", HandleAsync);
    }

    /// <summary>Completes when the first embeddings request has arrived (and is being held).</summary>
    public Task FirstRequest => firstRequest.Task;

    /// <summary>Base URL for the OpenAI SDK, <c>&lt;root&gt;/v1/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The server's settings that point <c>Knowledge:Embeddings</c> here.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Knowledge:Embeddings:Model"] = Model,
        ["Knowledge:Embeddings:ApiKey"] = ApiKey,
        ["Knowledge:Embeddings:BaseUrl"] = BaseUrl.ToString(),
    };

    public static async Task<GatedEmbeddingsServer> StartAsync()
    {
        var server = new GatedEmbeddingsServer();
        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Urls.Single().TrimEnd('/') + "/v1/");
        return server;
    }

    /// <summary>Answers the held requests and every later one at once.</summary>
    public void Release() => released.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A deterministic vector: a few letter counts, plus one so no vector is zero.</summary>
    private static float[] Embed(string text) =>
        [.. "aeiost".Select(letter => (float)text.Count(c => char.ToLowerInvariant(c) == letter)), 1f];

    private async Task HandleAsync(HttpContext context)
    {
        var request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        firstRequest.TrySetResult();
        await released.Task.WaitAsync(context.RequestAborted);
        var inputs = request!["input"] is JsonArray array ? array.Select(input => input!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        var base64 = request["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((input, index) => new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = index,
            ["embedding"] = base64 ? JsonValue.Create(Base64Of(Embed(input))) : new JsonArray([.. Embed(input).Select(value => JsonValue.Create(value))]),
        });
        var tokens = inputs.Sum(input => input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. data]),
            ["model"] = request["model"]?.GetValue<string>() ?? Model,
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(JsonSerializerOptions.Default), context.RequestAborted);
    }

    // The wire's base64 form: the floats' little-endian bytes.
    private static string Base64Of(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return Convert.ToBase64String(bytes);
    }
}
