using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Data.Configurations;

internal sealed class SalespersonConfiguration : IEntityTypeConfiguration<Salesperson>
{
    public void Configure(EntityTypeBuilder<Salesperson> builder)
    {
        builder.ToTable("practice_salespeople");
        builder.Property(s => s.Name).HasMaxLength(PracticeLimits.MaxNameLength);
        builder.Property(s => s.ProductName).HasMaxLength(PracticeLimits.MaxNameLength);
        builder.Property(s => s.Description).HasMaxLength(PracticeLimits.MaxDescriptionLength);
        builder.Property(s => s.ProductUrl).HasMaxLength(PracticeLimits.MaxUrlLength);
        builder.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ApplicationId, s.CreatedAt });
        builder.HasMany(s => s.Materials).WithOne().HasForeignKey(m => m.SalespersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
