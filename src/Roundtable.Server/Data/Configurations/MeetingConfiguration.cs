using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Accounts;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("practice_meetings");
        builder.Property(m => m.Mode).HasMaxLength(10);
        builder.Property(m => m.RepresentativeIdsJson).HasMaxLength(200);
        builder.Property(m => m.Goal).HasMaxLength(PracticeLimits.MaxGoalLength);
        builder.Property(m => m.Difficulty).HasMaxLength(20);
        builder.Property(m => m.Status).HasMaxLength(10);
        builder.Property(m => m.EndedReason).HasMaxLength(20);
        builder.Property(m => m.TopQuestionsBy).HasMaxLength(150);
        builder.HasOne<Application>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Salesperson>().WithMany().HasForeignKey(m => m.SalespersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ApplicationId, m.CreatedAt });
    }
}
