using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Roundtable.Server.Practice.Materials;

namespace Roundtable.Server.Tests.Practice.Materials;

public sealed class PracticeMaterialsExtensionsTests
{
    [Fact]
    public void AddPracticeMaterials_BindsLimitsFromConfiguration()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Practice:Materials:MaxFileBytes"] = "1234";
        builder.Configuration["Practice:Materials:MaxFiles"] = "3";
        builder.AddPracticeMaterials();

        using var host = builder.Build();

        var limits = host.Services.GetRequiredService<MaterialExtractor>().Limits;
        Assert.Equal(1234, limits.MaxFileBytes);
        Assert.Equal(3, limits.MaxFiles);
        Assert.Equal(25 * 1024 * 1024, limits.MaxRequestBytes);
    }

    [Fact]
    public void AddPracticeMaterials_InvalidLimit_StopsStartUp()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Practice:Materials:MaxFiles"] = "0";
        builder.AddPracticeMaterials();

        using var host = builder.Build();

        Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<MaterialLimits>>().Value);
    }
}
