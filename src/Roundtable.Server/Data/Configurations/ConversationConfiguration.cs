using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.Property(c => c.Topic).HasMaxLength(500);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.HasOne<Business>().WithMany().HasForeignKey(c => c.BusinessId).OnDelete(DeleteBehavior.Cascade);
        // One conversation per planned slot: a retry or a second node cannot start a slot twice.
        builder.HasIndex(c => new { c.BusinessId, c.CycleIndex }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.CompletedAt });
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
