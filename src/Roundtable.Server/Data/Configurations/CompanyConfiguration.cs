using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Companies;

namespace Roundtable.Server.Data.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("practice_companies");
        builder.Property(c => c.Name).HasMaxLength(PracticeLimits.MaxNameLength);
        builder.Property(c => c.Url).HasMaxLength(PracticeLimits.MaxUrlLength);
        builder.Property(c => c.Source).HasMaxLength(10);
        builder.Property(c => c.ResearchedBy).HasMaxLength(150);
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApplicationId, c.CreatedAt });
        builder.HasMany(c => c.Representatives).WithOne().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
