using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Billing;

namespace Roundtable.Server.Data.Configurations;

internal sealed class CreditPackageConfiguration : IEntityTypeConfiguration<CreditPackage>
{
    public void Configure(EntityTypeBuilder<CreditPackage> builder)
    {
        builder.ToTable("credit_packages");
        builder.Property(p => p.Name).HasMaxLength(50);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
