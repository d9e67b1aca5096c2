using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppKeyRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "applications");
        }
    }
}
