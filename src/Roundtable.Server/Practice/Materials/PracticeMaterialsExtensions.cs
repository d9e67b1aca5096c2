using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Registers reading of uploaded Practice materials (PDF, Word, PowerPoint, text, images).</summary>
public static class PracticeMaterialsExtensions
{
    public static IHostApplicationBuilder AddPracticeMaterials(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MaterialLimits>().BindConfiguration(MaterialLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddPracticeMaterialServices();
        return builder;
    }

    public static IServiceCollection AddPracticeMaterialServices(this IServiceCollection services)
    {
        services.AddOptions<MaterialLimits>();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OfficeArchiveInspector>();
        services.AddSingleton<ContentSniffer>();
        services.AddSingleton<ImageTextRecognizer>();
        services.AddSingleton<PdfTextReader>();
        services.AddSingleton<MaterialExtractor>();
        return services;
    }
}
