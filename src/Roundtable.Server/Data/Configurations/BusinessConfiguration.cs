using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data.Configurations;

internal sealed class BusinessConfiguration : IEntityTypeConfiguration<Business>
{
    public void Configure(EntityTypeBuilder<Business> builder)
    {
        builder.ToTable("businesses");
        builder.Property(b => b.Name).HasMaxLength(100);
        builder.Property(b => b.Industry).HasMaxLength(50);
        builder.Property(b => b.Location).HasMaxLength(100);
        builder.Property(b => b.Website).HasMaxLength(200);
        builder.Property(b => b.Phone).HasMaxLength(20);
        builder.Property(b => b.SubscriptionPlan).HasMaxLength(20);
        builder.OwnsOne(b => b.Cycle, cycle =>
        {
            cycle.Property(c => c.Mode).HasColumnName("cycle_mode").HasMaxLength(10);
            cycle.Property(c => c.InitialDelay).HasColumnName("cycle_initial_delay");
            cycle.Property(c => c.MessageInterval).HasColumnName("cycle_message_interval");
            cycle.Property(c => c.MessagesPerConversation).HasColumnName("cycle_messages_per_conversation");
            cycle.Property(c => c.BreakDuration).HasColumnName("cycle_break_duration");
            cycle.Property(c => c.CycleLength).HasColumnName("cycle_length");
            cycle.Property(c => c.GapMin).HasColumnName("cycle_gap_min");
            cycle.Property(c => c.GapMax).HasColumnName("cycle_gap_max");
        });
        builder.Navigation(b => b.Cycle).IsRequired();
        builder.HasMany(b => b.Topics).WithOne().HasForeignKey(t => t.BusinessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.IsFeatured);
    }
}
