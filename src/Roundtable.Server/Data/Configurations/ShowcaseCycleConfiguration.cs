using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data.Configurations;

internal sealed class ShowcaseCycleConfiguration : IEntityTypeConfiguration<ShowcaseCycle>
{
    public void Configure(EntityTypeBuilder<ShowcaseCycle> builder)
    {
        builder.ToTable("showcase_cycles");
        builder.HasKey(c => c.BusinessId);
        builder.HasOne<Business>().WithOne().HasForeignKey<ShowcaseCycle>(c => c.BusinessId).OnDelete(DeleteBehavior.Cascade);
    }
}
