-- CreateIndex
CREATE INDEX "EvidenceFile_supersededById_idx" ON "EvidenceFile"("supersededById");

