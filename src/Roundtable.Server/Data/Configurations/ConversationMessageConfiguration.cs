using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Data.Configurations;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("conversation_messages");
        builder.Property(m => m.AgentName).HasMaxLength(50);
        builder.Property(m => m.AgentType).HasMaxLength(50);
        builder.Property(m => m.Provider).HasMaxLength(50);
        builder.Property(m => m.Model).HasMaxLength(100);
        builder.Property(m => m.FallbackReason).HasMaxLength(1000);
        builder.Property(m => m.CostUsd).HasPrecision(18, 8);
        // A message number exists once per conversation, whoever tries to store it twice.
        builder.HasIndex(m => new { m.ConversationId, m.MessageNumber }).IsUnique();
    }
}
