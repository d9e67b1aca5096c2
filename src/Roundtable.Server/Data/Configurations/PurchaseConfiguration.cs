using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Billing;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data.Configurations;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("purchases");
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.TransactionId).HasMaxLength(100);
        builder.HasOne<Business>().WithMany().HasForeignKey(p => p.BusinessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CreditPackage>().WithMany().HasForeignKey(p => p.PackageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.TransactionId).IsUnique();
    }
}
