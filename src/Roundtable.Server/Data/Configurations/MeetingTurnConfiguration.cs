using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Practice;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Turns;

namespace Roundtable.Server.Data.Configurations;

internal sealed class MeetingTurnConfiguration : IEntityTypeConfiguration<MeetingTurn>
{
    public void Configure(EntityTypeBuilder<MeetingTurn> builder)
    {
        builder.ToTable("practice_turns");
        builder.Property(t => t.SpeakerId).HasMaxLength(40);
        builder.Property(t => t.SpeakerName).HasMaxLength(PracticeLimits.MaxNameLength);
        builder.Property(t => t.SpeakerRole).HasMaxLength(PracticeLimits.MaxRoleLength);
        builder.Property(t => t.AudioUrl).HasMaxLength(PracticeLimits.MaxUrlLength);
        builder.Property(t => t.Provider).HasMaxLength(50);
        builder.Property(t => t.Model).HasMaxLength(100);
        builder.Property(t => t.CostUsd).HasPrecision(18, 8);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // A turn number exists once per meeting, whoever tries to store it twice.
        builder.HasIndex(t => new { t.MeetingId, t.TurnNumber }).IsUnique();
    }
}
