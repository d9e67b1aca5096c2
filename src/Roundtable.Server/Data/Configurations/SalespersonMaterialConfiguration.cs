using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Data.Configurations;

internal sealed class SalespersonMaterialConfiguration : IEntityTypeConfiguration<SalespersonMaterial>
{
    public void Configure(EntityTypeBuilder<SalespersonMaterial> builder)
    {
        builder.ToTable("practice_materials");
        builder.Property(m => m.FileName).HasMaxLength(PracticeLimits.MaxFileNameLength);
        builder.Property(m => m.Kind).HasMaxLength(20);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.BlobKey).HasMaxLength(200);
        builder.Property(m => m.NotExtractedReason).HasMaxLength(500);
    }
}
