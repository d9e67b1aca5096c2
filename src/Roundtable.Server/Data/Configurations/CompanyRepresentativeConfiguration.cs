using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Companies;

namespace Roundtable.Server.Data.Configurations;

internal sealed class CompanyRepresentativeConfiguration : IEntityTypeConfiguration<CompanyRepresentative>
{
    public void Configure(EntityTypeBuilder<CompanyRepresentative> builder)
    {
        builder.ToTable("practice_representatives");
        builder.Property(r => r.Name).HasMaxLength(PracticeLimits.MaxNameLength);
        builder.Property(r => r.Role).HasMaxLength(PracticeLimits.MaxRoleLength);
        builder.Property(r => r.PersonalityTraitsJson).HasMaxLength(500);
        builder.Property(r => r.LinkedinProfile).HasMaxLength(PracticeLimits.MaxUrlLength);
        builder.Property(r => r.Notes).HasMaxLength(PracticeLimits.MaxNotesLength);
        builder.Property(r => r.VoiceId).HasMaxLength(100);
        builder.HasIndex(r => new { r.CompanyId, r.CreatedAt });
    }
}
