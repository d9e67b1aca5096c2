using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data.Configurations;

internal sealed class BusinessTopicConfiguration : IEntityTypeConfiguration<BusinessTopic>
{
    public void Configure(EntityTypeBuilder<BusinessTopic> builder)
    {
        builder.ToTable("business_topics");
        builder.Property(t => t.Text).HasMaxLength(500);
        builder.HasIndex(t => new { t.BusinessId, t.Position }).IsUnique();
    }
}
