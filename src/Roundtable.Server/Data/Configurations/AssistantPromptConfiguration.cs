using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;

namespace Roundtable.Server.Data.Configurations;

internal sealed class AssistantPromptConfiguration : IEntityTypeConfiguration<AssistantPrompt>
{
    public void Configure(EntityTypeBuilder<AssistantPrompt> builder)
    {
        builder.ToTable("assistant_prompts");
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ApplicationId, p.Name, p.Version }).IsUnique();
    }
}
