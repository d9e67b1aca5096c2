using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Data.Configurations;

internal sealed class StoredChunkConfiguration : IEntityTypeConfiguration<StoredChunk>
{
    public void Configure(EntityTypeBuilder<StoredChunk> builder)
    {
        builder.ToTable("knowledge_chunks");
        builder.HasIndex(c => new { c.DocumentId, c.Index }).IsUnique();
    }
}
