using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Turns;

namespace Roundtable.Server.Data.Configurations;

internal sealed class ResponderDecisionConfiguration : IEntityTypeConfiguration<ResponderDecision>
{
    public void Configure(EntityTypeBuilder<ResponderDecision> builder)
    {
        builder.ToTable("practice_decisions");
        builder.Property(d => d.ResponderIdsJson).HasMaxLength(200);
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.Property(d => d.Source).HasMaxLength(20);
        builder.Property(d => d.Provider).HasMaxLength(50);
        builder.Property(d => d.Model).HasMaxLength(100);
        builder.Property(d => d.CostUsd).HasPrecision(18, 8);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.MeetingId, d.ExchangeNumber }).IsUnique();
    }
}
