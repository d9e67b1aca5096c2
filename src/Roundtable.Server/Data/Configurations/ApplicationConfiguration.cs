using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;

namespace Roundtable.Server.Data.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.Property(a => a.Name).HasMaxLength(ApplicationRegistrar.MaxNameLength);
        builder.Property(a => a.KeyPrefix).HasMaxLength(ApiKeys.PrefixLength);
        builder.Property(a => a.KeyHash).HasMaxLength(32);
        builder.HasIndex(a => a.KeyPrefix);
    }
}
