namespace Roundtable.Server.Storage;

/// <summary>Registers the blob store: a folder under the data folder (<c>Storage:LocalFolder</c> overrides it).</summary>
public static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var folder = builder.Configuration["Storage:LocalFolder"]
            ?? Path.Combine(builder.Configuration["DataFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "data"), "blobs");
        builder.Services.AddSingleton<IBlobStore>(new LocalFolderBlobStore(folder));
        return builder;
    }
}
