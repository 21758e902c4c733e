-- CreateIndex
CREATE INDEX "ReportInitiativePart_initiativeId_idx" ON "ReportInitiativePart"("initiativeId");

