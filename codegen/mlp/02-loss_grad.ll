; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %1 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k1(i8* %1, i64 0, i64 8)
  %2 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k2(i8* %2, i64 0, i64 8)
  %3 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k3(i8* %3, i64 0, i64 1)
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k4(i8* %4, i64 0, i64 8)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k5(i8* %5, i64 0, i64 8)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k6(i8* %6, i64 0, i64 1)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k7(i8* %7, i64 0, i64 1)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k8(i8* %8, i64 0, i64 8)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k9(i8* %9, i64 0, i64 8)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k10(i8* %10, i64 0, i64 1)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k11(i8* %11, i64 0, i64 1)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k12(i8* %12, i64 0, i64 8)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k13(i8* %13, i64 0, i64 8)
  %14 = getelementptr inbounds i8*, i8** %0, i64 26
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 24

valid:                                            ; preds = %exit
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k14(i8* %17, i64 0, i64 8)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k15(i8* %18, i64 0, i64 1)
  %19 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k16(i8* %19, i64 0, i64 1)
  %20 = getelementptr inbounds i8*, i8** %0, i64 26
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to i32*
  br label %loop3

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %32, %checked ]
  %23 = icmp slt i64 %i, 8
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  %24 = getelementptr inbounds i32, i32* %16, i64 %i
  %25 = load i32, i32* %24, align 4
  %26 = icmp slt i32 %25, 0
  %27 = icmp sge i32 %25, 4
  %28 = or i1 %26, %27
  %29 = icmp eq i32 %25, -100
  %30 = xor i1 %29, true
  %31 = and i1 %28, %30
  br i1 %31, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %32 = add i64 %i, 1
  br label %loop

invalid1:                                         ; preds = %body4
  ret i32 26

valid2:                                           ; preds = %exit5
  %33 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k17(i8* %33, i64 0, i64 1)
  %34 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k18(i8* %34, i64 0, i64 8)
  %35 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k19(i8* %35, i64 0, i64 4)
  %36 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k20(i8* %36, i64 0, i64 8)
  %37 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k21(i8* %37, i64 0, i64 32)
  %38 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k22(i8* %38, i64 0, i64 1)
  %39 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k23(i8* %39, i64 0, i64 1)
  %40 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k24(i8* %40, i64 0, i64 32)
  %41 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k25(i8* %41, i64 0, i64 8)
  %42 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k26(i8* %42, i64 0, i64 32)
  %43 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k27(i8* %43, i64 0, i64 1)
  %44 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k28(i8* %44, i64 0, i64 1)
  %45 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k29(i8* %45, i64 0, i64 1)
  %46 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k30(i8* %46, i64 0, i64 32)
  %47 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k31(i8* %47, i64 0, i64 8)
  %48 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k32(i8* %48, i64 0, i64 32)
  %49 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k33(i8* %49, i64 0, i64 1)
  %50 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k34(i8* %50, i64 0, i64 1)
  %51 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k35(i8* %51, i64 0, i64 1)
  %52 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k36(i8* %52, i64 0, i64 32)
  %53 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k37(i8* %53, i64 0, i64 16)
  ret i32 0

loop3:                                            ; preds = %checked7, %valid
  %i6 = phi i64 [ 0, %valid ], [ %63, %checked7 ]
  %54 = icmp slt i64 %i6, 8
  br i1 %54, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %55 = getelementptr inbounds i32, i32* %22, i64 %i6
  %56 = load i32, i32* %55, align 4
  %57 = icmp slt i32 %56, 0
  %58 = icmp sge i32 %56, 4
  %59 = or i1 %57, %58
  %60 = icmp eq i32 %56, -100
  %61 = xor i1 %60, true
  %62 = and i1 %59, %61
  br i1 %62, label %invalid1, label %checked7

exit5:                                            ; preds = %loop3
  br label %valid2

checked7:                                         ; preds = %body4
  %63 = add i64 %i6, 1
  br label %loop3
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 36
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_2_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 4096
  %13 = add i64 %12, 4096
  %14 = icmp slt i64 %13, 256
  %15 = select i1 %14, i64 %13, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %12, %body ], [ %31, %body2 ]
  %16 = icmp slt i64 %i4, %15
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 0, %i4
  %18 = add i64 0, %i4
  %19 = getelementptr inbounds float, float* %10, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float 0x3FA6E4E260000000, %20
  %22 = fmul float %21, %20
  %23 = fmul float %22, %20
  %24 = fadd float %20, %23
  %25 = fmul float 0x3FE9884540000000, %24
  %26 = call float @tanhf(float %25)
  %27 = fmul float 5.000000e-01, %20
  %28 = fadd float 1.000000e+00, %26
  %29 = fmul float %27, %28
  %30 = getelementptr inbounds float, float* %7, i64 %17
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

declare float @tanhf(float)

; Function Attrs: nounwind
define internal void @eptc_entry_2_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 2048
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 32
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 32
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 32
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 32
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 5
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %33, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %32, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @tanhf(float %26)
  %28 = fmul float 5.000000e-01, %21
  %29 = fadd float 1.000000e+00, %27
  %30 = fmul float %28, %29
  %31 = getelementptr inbounds float, float* %7, i64 %18
  store float %30, float* %31, align 4
  %32 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %33 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4096
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 32
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 32
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 32
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 32
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 7
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %33, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %32, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @tanhf(float %26)
  %28 = fmul float 5.000000e-01, %21
  %29 = fadd float 1.000000e+00, %27
  %30 = fmul float %28, %29
  %31 = getelementptr inbounds float, float* %7, i64 %18
  store float %30, float* %31, align 4
  %32 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %33 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 5120
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6144
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 4
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 32
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 32
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 4
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 4
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 3
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  %18 = mul i64 %i, 4
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 4
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 26
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6272
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %join ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = getelementptr inbounds i32, i32* %10, i64 %i
  %17 = load i32, i32* %16, align 4
  %18 = icmp ne i32 %17, -100
  br i1 %18, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %19 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %20 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %29, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %28, %body2 ]
  %21 = icmp slt i64 %i4, 4
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 %19, %i4
  %23 = getelementptr inbounds float, float* %7, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fcmp uno float %acc, %24
  %26 = fcmp ogt float %24, %acc
  %27 = select i1 %26, float %24, float %acc
  %28 = select i1 %25, float 0x7FF8000000000000, float %27
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %37, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %36, %body6 ]
  %30 = icmp slt i64 %i8, 4
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %19, %i8
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fsub float %33, %acc
  %35 = call float @llvm.exp.f32(float %34)
  %36 = fadd float %acc9, %35
  %37 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %38 = call float @llvm.log.f32(float %acc9)
  %39 = sext i32 %17 to i64
  %40 = add i64 %19, %39
  %41 = getelementptr inbounds float, float* %7, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fsub float %42, %acc
  %44 = fsub float %43, %38
  %45 = getelementptr inbounds float, float* %14, i64 %i
  store float %44, float* %45, align 4
  br label %join
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.exp.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.log.f32(float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_2_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6272
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 27
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds i32, i32* %6, i64 %i4
  %17 = load i32, i32* %16, align 4
  %18 = icmp ne i32 %17, -100
  %19 = getelementptr inbounds float, float* %10, i64 %i4
  %20 = load float, float* %19, align 4
  %21 = fsub float %acc, %20
  %22 = select i1 %18, float %21, float %acc
  %23 = zext i1 %18 to i64
  %24 = add i64 %acc5, %23
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = icmp eq i64 %acc5, 0
  %27 = sitofp i64 %acc5 to float
  %28 = fdiv float %acc, %27
  %29 = select i1 %26, float 0.000000e+00, float %28
  %30 = getelementptr inbounds float, float* %13, i64 0
  store float %29, float* %30, align 4
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k16(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6272
  %7 = bitcast i8* %6 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %16, %exit3 ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = mul i64 %i, 4096
  %10 = add i64 %9, 4096
  %11 = icmp slt i64 %10, 1
  %12 = select i1 %11, i64 %10, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %9, %body ], [ %15, %body2 ]
  %13 = icmp slt i64 %i4, %12
  br i1 %13, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %14 = getelementptr inbounds float, float* %7, i64 0
  store float 1.000000e+00, float* %14, align 4
  %15 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %16 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k17(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6272
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6336
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %21, %body2 ]
  %16 = icmp slt i64 %i4, 8
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = getelementptr inbounds i32, i32* %6, i64 %i4
  %18 = load i32, i32* %17, align 4
  %19 = icmp ne i32 %18, -100
  %20 = zext i1 %19 to i64
  %21 = add i64 %acc, %20
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = getelementptr inbounds float, float* %10, i64 0
  %24 = load float, float* %23, align 4
  %25 = sitofp i64 %acc to float
  %26 = fdiv float %24, %25
  %27 = icmp eq i64 %acc, 0
  %28 = select i1 %27, float 0.000000e+00, float %26
  %29 = getelementptr inbounds float, float* %14, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k18(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 26
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6336
  %14 = bitcast i8* %13 to float*
  %15 = getelementptr inbounds i8*, i8** %3, i64 36
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 7168
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %join2 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 4
  %21 = getelementptr inbounds i32, i32* %10, i64 %i
  %22 = load i32, i32* %21, align 4
  %23 = icmp ne i32 %22, -100
  %24 = getelementptr inbounds float, float* %14, i64 0
  %25 = load float, float* %24, align 4
  %26 = xor i1 %23, true
  br i1 %26, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %27 = getelementptr inbounds float, float* %18, i64 %20
  %28 = bitcast float* %27 to i8*
  call void @llvm.memset.p0i8.i64(i8* %28, i8 0, i64 16, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %23, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %29 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %38, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %37, %body4 ]
  %30 = icmp slt i64 %i6, 4
  br i1 %30, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %31 = add i64 %20, %i6
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fcmp uno float %acc, %33
  %35 = fcmp ogt float %33, %acc
  %36 = select i1 %35, float %33, float %acc
  %37 = select i1 %34, float 0x7FF8000000000000, float %36
  %38 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %46, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %45, %body8 ]
  %39 = icmp slt i64 %i10, 4
  br i1 %39, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %40 = add i64 %20, %i10
  %41 = getelementptr inbounds float, float* %7, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fsub float %42, %acc
  %44 = call float @llvm.exp.f32(float %43)
  %45 = fadd float %acc11, %44
  %46 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %47 = call float @llvm.log.f32(float %acc11)
  %48 = sext i32 %22 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %61, %body13 ]
  %49 = icmp slt i64 %i15, 4
  br i1 %49, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %50 = add i64 %20, %i15
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = fsub float %52, %acc
  %54 = fsub float %53, %47
  %55 = call float @llvm.exp.f32(float %54)
  %56 = icmp eq i64 %i15, %48
  %57 = select i1 %56, float 1.000000e+00, float 0.000000e+00
  %58 = fsub float %55, %57
  %59 = fmul float %25, %58
  %60 = getelementptr inbounds float, float* %18, i64 %50
  store float %59, float* %60, align 4
  %61 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k19(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 31
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 4
  %13 = sdiv i64 %i, 4
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 4
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %7, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, float* %10, i64 %i
  store float %acc, float* %22, align 4
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k20(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6144
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 32
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %38, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 4
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %24 = icmp slt i64 %i8, 4
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = mul i64 %17, 4
  %26 = add i64 %25, %i8
  %27 = add i64 %18, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = add i64 %22, %i8
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %29, %32
  %34 = fadd float %acc, %33
  %35 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %36 = add i64 %19, %i4
  %37 = getelementptr inbounds float, float* %14, i64 %36
  store float %acc, float* %37, align 4
  %38 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k21(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 7168
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 30
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 32
  %17 = srem i64 %i, 32
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 4
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 4
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 4
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k22(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %42, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %41, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @tanhf(float %26)
  %28 = fadd float 1.000000e+00, %27
  %29 = fmul float 5.000000e-01, %28
  %30 = fmul float %27, %27
  %31 = fsub float 1.000000e+00, %30
  %32 = fmul float 0x3FC12BA9C0000000, %21
  %33 = fmul float %32, %21
  %34 = fadd float 1.000000e+00, %33
  %35 = fmul float 5.000000e-01, %21
  %36 = fmul float %35, %31
  %37 = fmul float %36, 0x3FE9884540000000
  %38 = fmul float %37, %34
  %39 = fadd float %29, %38
  %40 = getelementptr inbounds float, float* %7, i64 %18
  store float %39, float* %40, align 4
  %41 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %42 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k23(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 4096
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k24(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 35
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %7, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, float* %10, i64 %i
  store float %acc, float* %22, align 4
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k25(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 5120
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %113, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %46, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %57, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %68, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %79, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %90, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %101, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %112, %body6 ]
  %24 = icmp slt i64 %i8, 32
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 32
  %27 = add i64 %26, %25
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %22, %25
  %32 = getelementptr inbounds float, float* %10, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  %37 = mul i64 %17, 32
  %38 = add i64 %37, %36
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = add i64 %22, %36
  %43 = getelementptr inbounds float, float* %10, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %41, %44
  %46 = fadd float %acc9, %45
  %47 = add i64 %i8, 2
  %48 = mul i64 %17, 32
  %49 = add i64 %48, %47
  %50 = add i64 %18, %49
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = add i64 %22, %47
  %54 = getelementptr inbounds float, float* %10, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %52, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i8, 3
  %59 = mul i64 %17, 32
  %60 = add i64 %59, %58
  %61 = add i64 %18, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = add i64 %22, %58
  %65 = getelementptr inbounds float, float* %10, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fmul float %63, %66
  %68 = fadd float %acc11, %67
  %69 = add i64 %i8, 4
  %70 = mul i64 %17, 32
  %71 = add i64 %70, %69
  %72 = add i64 %18, %71
  %73 = getelementptr inbounds float, float* %7, i64 %72
  %74 = load float, float* %73, align 4
  %75 = add i64 %22, %69
  %76 = getelementptr inbounds float, float* %10, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %74, %77
  %79 = fadd float %acc12, %78
  %80 = add i64 %i8, 5
  %81 = mul i64 %17, 32
  %82 = add i64 %81, %80
  %83 = add i64 %18, %82
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 %22, %80
  %87 = getelementptr inbounds float, float* %10, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %85, %88
  %90 = fadd float %acc13, %89
  %91 = add i64 %i8, 6
  %92 = mul i64 %17, 32
  %93 = add i64 %92, %91
  %94 = add i64 %18, %93
  %95 = getelementptr inbounds float, float* %7, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %22, %91
  %98 = getelementptr inbounds float, float* %10, i64 %97
  %99 = load float, float* %98, align 4
  %100 = fmul float %96, %99
  %101 = fadd float %acc14, %100
  %102 = add i64 %i8, 7
  %103 = mul i64 %17, 32
  %104 = add i64 %103, %102
  %105 = add i64 %18, %104
  %106 = getelementptr inbounds float, float* %7, i64 %105
  %107 = load float, float* %106, align 4
  %108 = add i64 %22, %102
  %109 = getelementptr inbounds float, float* %10, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fmul float %107, %110
  %112 = fadd float %acc15, %111
  %113 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %114 = fadd float %acc, %acc9
  %115 = fadd float %acc10, %acc11
  %116 = fadd float %acc12, %acc13
  %117 = fadd float %acc14, %acc15
  %118 = fadd float %114, %115
  %119 = fadd float %116, %117
  %120 = fadd float %118, %119
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 32
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 32
  %123 = add i64 %122, %i19
  %124 = add i64 %18, %123
  %125 = getelementptr inbounds float, float* %7, i64 %124
  %126 = load float, float* %125, align 4
  %127 = add i64 %22, %i19
  %128 = getelementptr inbounds float, float* %10, i64 %127
  %129 = load float, float* %128, align 4
  %130 = fmul float %126, %129
  %131 = fadd float %acc20, %130
  %132 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %133 = add i64 %19, %i4
  %134 = getelementptr inbounds float, float* %14, i64 %133
  store float %acc20, float* %134, align 4
  %135 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k26(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 34
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 32
  %17 = srem i64 %i, 32
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 32
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 32
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k27(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 5120
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k28(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %42, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %41, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @tanhf(float %26)
  %28 = fadd float 1.000000e+00, %27
  %29 = fmul float 5.000000e-01, %28
  %30 = fmul float %27, %27
  %31 = fsub float 1.000000e+00, %30
  %32 = fmul float 0x3FC12BA9C0000000, %21
  %33 = fmul float %32, %21
  %34 = fadd float 1.000000e+00, %33
  %35 = fmul float 5.000000e-01, %21
  %36 = fmul float %35, %31
  %37 = fmul float %36, 0x3FE9884540000000
  %38 = fmul float %37, %34
  %39 = fadd float %29, %38
  %40 = getelementptr inbounds float, float* %7, i64 %18
  store float %39, float* %40, align 4
  %41 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %42 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k29(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2048
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k30(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %7, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, float* %10, i64 %i
  store float %acc, float* %22, align 4
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k31(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 3072
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %113, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %46, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %57, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %68, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %79, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %90, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %101, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %112, %body6 ]
  %24 = icmp slt i64 %i8, 32
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 32
  %27 = add i64 %26, %25
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %22, %25
  %32 = getelementptr inbounds float, float* %10, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  %37 = mul i64 %17, 32
  %38 = add i64 %37, %36
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = add i64 %22, %36
  %43 = getelementptr inbounds float, float* %10, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %41, %44
  %46 = fadd float %acc9, %45
  %47 = add i64 %i8, 2
  %48 = mul i64 %17, 32
  %49 = add i64 %48, %47
  %50 = add i64 %18, %49
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = add i64 %22, %47
  %54 = getelementptr inbounds float, float* %10, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %52, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i8, 3
  %59 = mul i64 %17, 32
  %60 = add i64 %59, %58
  %61 = add i64 %18, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = add i64 %22, %58
  %65 = getelementptr inbounds float, float* %10, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fmul float %63, %66
  %68 = fadd float %acc11, %67
  %69 = add i64 %i8, 4
  %70 = mul i64 %17, 32
  %71 = add i64 %70, %69
  %72 = add i64 %18, %71
  %73 = getelementptr inbounds float, float* %7, i64 %72
  %74 = load float, float* %73, align 4
  %75 = add i64 %22, %69
  %76 = getelementptr inbounds float, float* %10, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %74, %77
  %79 = fadd float %acc12, %78
  %80 = add i64 %i8, 5
  %81 = mul i64 %17, 32
  %82 = add i64 %81, %80
  %83 = add i64 %18, %82
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 %22, %80
  %87 = getelementptr inbounds float, float* %10, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %85, %88
  %90 = fadd float %acc13, %89
  %91 = add i64 %i8, 6
  %92 = mul i64 %17, 32
  %93 = add i64 %92, %91
  %94 = add i64 %18, %93
  %95 = getelementptr inbounds float, float* %7, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %22, %91
  %98 = getelementptr inbounds float, float* %10, i64 %97
  %99 = load float, float* %98, align 4
  %100 = fmul float %96, %99
  %101 = fadd float %acc14, %100
  %102 = add i64 %i8, 7
  %103 = mul i64 %17, 32
  %104 = add i64 %103, %102
  %105 = add i64 %18, %104
  %106 = getelementptr inbounds float, float* %7, i64 %105
  %107 = load float, float* %106, align 4
  %108 = add i64 %22, %102
  %109 = getelementptr inbounds float, float* %10, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fmul float %107, %110
  %112 = fadd float %acc15, %111
  %113 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %114 = fadd float %acc, %acc9
  %115 = fadd float %acc10, %acc11
  %116 = fadd float %acc12, %acc13
  %117 = fadd float %acc14, %acc15
  %118 = fadd float %114, %115
  %119 = fadd float %116, %117
  %120 = fadd float %118, %119
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 32
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 32
  %123 = add i64 %122, %i19
  %124 = add i64 %18, %123
  %125 = getelementptr inbounds float, float* %7, i64 %124
  %126 = load float, float* %125, align 4
  %127 = add i64 %22, %i19
  %128 = getelementptr inbounds float, float* %10, i64 %127
  %129 = load float, float* %128, align 4
  %130 = fmul float %126, %129
  %131 = fadd float %acc20, %130
  %132 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %133 = add i64 %19, %i4
  %134 = getelementptr inbounds float, float* %14, i64 %133
  store float %acc20, float* %134, align 4
  %135 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k32(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 32
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 32
  %17 = srem i64 %i, 32
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 32
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 32
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k33(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k34(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %40, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %39, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @tanhf(float %24)
  %26 = fadd float 1.000000e+00, %25
  %27 = fmul float 5.000000e-01, %26
  %28 = fmul float %25, %25
  %29 = fsub float 1.000000e+00, %28
  %30 = fmul float 0x3FC12BA9C0000000, %19
  %31 = fmul float %30, %19
  %32 = fadd float 1.000000e+00, %31
  %33 = fmul float 5.000000e-01, %19
  %34 = fmul float %33, %29
  %35 = fmul float %34, 0x3FE9884540000000
  %36 = fmul float %35, %32
  %37 = fadd float %27, %36
  %38 = getelementptr inbounds float, float* %6, i64 %16
  store float %37, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %40 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k35(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k36(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 29
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %7, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, float* %10, i64 %i
  store float %acc, float* %22, align 4
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k37(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6144
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 28
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 16
  %16 = srem i64 %i, 16
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 16
  %23 = add i64 %22, %16
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 32
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 32
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

attributes #0 = { nounwind }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
