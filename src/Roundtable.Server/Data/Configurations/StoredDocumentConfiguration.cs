using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Data.Configurations;

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.ToTable("knowledge_documents");
        builder.Property(d => d.Title).HasMaxLength(AssistantLimits.MaxTitleLength);
        builder.Property(d => d.Category).HasMaxLength(100);
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Scope).HasMaxLength(100);
        builder.HasIndex(d => new { d.ApplicationId, d.Scope });
        builder.HasMany(d => d.Chunks).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
