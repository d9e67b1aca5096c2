using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;

namespace Roundtable.Server.Data.Configurations;

internal sealed class AssistantConversationConfiguration : IEntityTypeConfiguration<AssistantConversation>
{
    public void Configure(EntityTypeBuilder<AssistantConversation> builder)
    {
        builder.ToTable("assistant_conversations");
        builder.Property(c => c.UserId).HasMaxLength(AssistantLimits.MaxUserIdLength);
        builder.Property(c => c.State).HasMaxLength(10);
        builder.Property(c => c.EndedReason).HasMaxLength(20);
        builder.Property(c => c.Model).HasMaxLength(100);
        builder.Property(c => c.PromptName).HasMaxLength(100);
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApplicationId, c.UserId, c.CreatedAt });
    }
}
