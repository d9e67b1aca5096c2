using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Assistant;

namespace Roundtable.Server.Data.Configurations;

internal sealed class AssistantMessageConfiguration : IEntityTypeConfiguration<AssistantMessage>
{
    public void Configure(EntityTypeBuilder<AssistantMessage> builder)
    {
        builder.ToTable("assistant_messages");
        builder.Property(m => m.Role).HasMaxLength(10);
        builder.Property(m => m.Provider).HasMaxLength(50);
        builder.Property(m => m.Model).HasMaxLength(100);
        builder.Property(m => m.CostUsd).HasPrecision(18, 8);
        builder.HasOne<AssistantConversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        // A message number exists once per conversation, whoever tries to store it twice.
        builder.HasIndex(m => new { m.ConversationId, m.Number }).IsUnique();
    }
}
