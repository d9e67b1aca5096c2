using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Roundtable.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Practice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_knowledge_documents_ApplicationId",
                table: "knowledge_documents");

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "knowledge_documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "practice_companies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompanyDataJson = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResearchedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_companies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_companies_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_salespeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    ProductUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_salespeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_salespeople_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_representatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TenureMonths = table.Column<int>(type: "integer", nullable: false),
                    PersonalityTraitsJson = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsDecisionMaker = table.Column<bool>(type: "boolean", nullable: false),
                    LinkedinProfile = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VoiceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_representatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_representatives_practice_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "practice_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SalespersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextExtracted = table.Column<bool>(type: "boolean", nullable: false),
                    ExtractedCharacters = table.Column<int>(type: "integer", nullable: false),
                    NotExtractedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    KnowledgeDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_materials_practice_salespeople_SalespersonId",
                        column: x => x.SalespersonId,
                        principalTable: "practice_salespeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SalespersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RepresentativeIdsJson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Difficulty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EndedReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TopQuestionsJson = table.Column<string>(type: "text", nullable: false),
                    TopQuestionsBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ScorecardJson = table.Column<string>(type: "text", nullable: true),
                    TurnCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_meetings_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_practice_meetings_practice_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "practice_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_practice_meetings_practice_salespeople_SalespersonId",
                        column: x => x.SalespersonId,
                        principalTable: "practice_salespeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExchangeNumber = table.Column<int>(type: "integer", nullable: false),
                    ResponderIdsJson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsOffline = table.Column<bool>(type: "boolean", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    LatencyMs = table.Column<double>(type: "double precision", nullable: false),
                    CostUsd = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_decisions_practice_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "practice_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_turns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    TurnNumber = table.Column<int>(type: "integer", nullable: false),
                    SpeakerId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SpeakerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SpeakerRole = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AudioUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: true),
                    ExchangeNumber = table.Column<int>(type: "integer", nullable: false),
                    Provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsOffline = table.Column<bool>(type: "boolean", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    LatencyMs = table.Column<double>(type: "double precision", nullable: false),
                    CostUsd = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    CitationsJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_turns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_turns_practice_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "practice_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_documents_ApplicationId_Scope",
                table: "knowledge_documents",
                columns: new[] { "ApplicationId", "Scope" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_companies_ApplicationId_CreatedAt",
                table: "practice_companies",
                columns: new[] { "ApplicationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_decisions_MeetingId_ExchangeNumber",
                table: "practice_decisions",
                columns: new[] { "MeetingId", "ExchangeNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_practice_materials_SalespersonId",
                table: "practice_materials",
                column: "SalespersonId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_meetings_ApplicationId_CreatedAt",
                table: "practice_meetings",
                columns: new[] { "ApplicationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_meetings_CompanyId",
                table: "practice_meetings",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_meetings_SalespersonId",
                table: "practice_meetings",
                column: "SalespersonId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_representatives_CompanyId_CreatedAt",
                table: "practice_representatives",
                columns: new[] { "CompanyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_salespeople_ApplicationId_CreatedAt",
                table: "practice_salespeople",
                columns: new[] { "ApplicationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_turns_MeetingId_TurnNumber",
                table: "practice_turns",
                columns: new[] { "MeetingId", "TurnNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "practice_decisions");

            migrationBuilder.DropTable(
                name: "practice_materials");

            migrationBuilder.DropTable(
                name: "practice_representatives");

            migrationBuilder.DropTable(
                name: "practice_turns");

            migrationBuilder.DropTable(
                name: "practice_meetings");

            migrationBuilder.DropTable(
                name: "practice_companies");

            migrationBuilder.DropTable(
                name: "practice_salespeople");

            migrationBuilder.DropIndex(
                name: "IX_knowledge_documents_ApplicationId_Scope",
                table: "knowledge_documents");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "knowledge_documents");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_documents_ApplicationId",
                table: "knowledge_documents",
                column: "ApplicationId");
        }
    }
}
